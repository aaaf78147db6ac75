namespace ThuVien.Marc.Mapping;

/// <summary>The fifteen elements of the Dublin Core Metadata Element Set 1.1, in the order of its reference description.</summary>
public enum DublinCoreElement
{
    /// <summary>dc:title.</summary>
    Title,

    /// <summary>dc:creator.</summary>
    Creator,

    /// <summary>dc:subject.</summary>
    Subject,

    /// <summary>dc:description.</summary>
    Description,

    /// <summary>dc:publisher.</summary>
    Publisher,

    /// <summary>dc:contributor.</summary>
    Contributor,

    /// <summary>dc:date.</summary>
    Date,

    /// <summary>dc:type.</summary>
    Type,

    /// <summary>dc:format.</summary>
    Format,

    /// <summary>dc:identifier.</summary>
    Identifier,

    /// <summary>dc:source.</summary>
    Source,

    /// <summary>dc:language.</summary>
    Language,

    /// <summary>dc:relation.</summary>
    Relation,

    /// <summary>dc:coverage.</summary>
    Coverage,

    /// <summary>dc:rights.</summary>
    Rights,
}
