namespace ThuVien.Marc;

/// <summary>The character encoding of incoming MARC data.</summary>
public enum MarcEncoding
{
    /// <summary>Follow leader/09 ('a' UTF-8, blank MARC-8), falling back on what the bytes show.</summary>
    Auto,

    /// <summary>UTF-8, whatever leader/09 says.</summary>
    Utf8,

    /// <summary>MARC-8 (ANSEL with escape sequences), decoded to Unicode NFC.</summary>
    Marc8,

    /// <summary>ISO 8859-1.</summary>
    Latin1,

    /// <summary>TCVN 5712:1993 "ABC" (TCVN3), the 8-bit Vietnamese font encoding of older systems.</summary>
    Tcvn3,

    /// <summary>VNI, the 8-bit Vietnamese encoding where tone marks follow the letter as separate bytes.</summary>
    Vni,
}
