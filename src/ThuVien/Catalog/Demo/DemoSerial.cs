namespace ThuVien.Catalog.Demo;

/// <summary>
/// What a continuing resource adds: frequency (008/18 code and 310 text), type (008/21: p periodical,
/// n newspaper), the first seven ISSN digits (the check digit is computed), and how many issues
/// the library holds.
/// </summary>
internal sealed record DemoSerial(char Frequency, string FrequencyText, char Type, string IssnDigits, int IssuesPerYear);
