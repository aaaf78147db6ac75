namespace ThuVien.Search.Query;

/// <summary>The part of a record a clause searches; <see cref="Any"/> searches all of them.</summary>
internal enum SearchField
{
    Any,
    Title,
    Author,
    Subject,
    Series,
    Publisher,
    Isbn,
    Issn,
    Year,
    Language,
    ContentType,
    Ddc,
    Library,
    Location,
    Available,
}
