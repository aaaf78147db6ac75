namespace ThuVien.Circulation.Readers;

/// <summary>What is wrong with one field of reader data, named as the API and the CSV header name it.</summary>
internal sealed record FieldProblem(string Field, string Message);
