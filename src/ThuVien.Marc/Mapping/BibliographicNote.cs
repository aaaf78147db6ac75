namespace ThuVien.Marc.Mapping;

/// <summary>A note (5XX field): "502" "Luận án Tiến sĩ--Đại học Quốc gia Hà Nội, 2015".</summary>
/// <param name="Tag">The note's field ("500", "502", "520").</param>
/// <param name="Text">The note's text.</param>
public sealed record BibliographicNote(string Tag, string Text);
