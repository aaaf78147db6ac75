namespace ThuVien.Catalog.Demo;

/// <summary>What 502 says of a thesis: degree ($b), granting institution ($c) and year ($d).</summary>
internal sealed record DemoThesis(string Degree, string Institution, int Year);
