namespace ThuVien.Marc;

/// <summary>The MARC serialisations this library reads and writes.</summary>
public enum MarcFormat
{
    /// <summary>ISO 2709 exchange format ("MARC", .mrc): leader, directory and fields.</summary>
    Iso2709,

    /// <summary>MARCXML, the MARC21 slim schema (http://www.loc.gov/MARC21/slim).</summary>
    MarcXml,

    /// <summary>MARC-in-JSON (Ross Singer's format, as written by yaz and pymarc).</summary>
    MarcJson,
}
