namespace ThuVien.Catalog.Demo;

/// <summary>A contributor other than the main author: a 700 with its role in $e, and part of 245 $c.</summary>
internal sealed record DemoContribution(DemoPerson Person, string Role);
