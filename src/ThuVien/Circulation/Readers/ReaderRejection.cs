namespace ThuVien.Circulation.Readers;

/// <summary>Why one CSV row was not imported: its row number (the header is row 1), the column, the reason.</summary>
internal sealed record ReaderRejection(int Row, string? Column, string Reason);
