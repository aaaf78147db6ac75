namespace ThuVien.Circulation.Readers;

/// <summary>One record of a CSV file: its row number (the header is row 1) and fields, or why it could not be read.</summary>
internal sealed record CsvRow(int Row, IReadOnlyList<string> Fields, string? Problem = null);
