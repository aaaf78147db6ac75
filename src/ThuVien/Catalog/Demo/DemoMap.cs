namespace ThuVien.Catalog.Demo;

/// <summary>What a cartographic resource adds: the scale as 255 states it, its denominator for 034 $b, and whether it is an atlas (008/25 e).</summary>
internal sealed record DemoMap(string ScaleStatement, int? Denominator, bool IsAtlas);
