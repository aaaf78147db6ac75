namespace ThuVien.Marc.Mapping;

/// <summary>
/// The kind of material a bibliographic record describes, from Leader/06 (type of record) and,
/// for language material, Leader/07 (bibliographic level), as MARC 21 Bibliographic assigns the
/// 008/18-34 configurations. Names are stable: they are stored and indexed.
/// </summary>
public enum MaterialType
{
    /// <summary>Leader/06 is not a MARC 21 bibliographic type.</summary>
    Unknown,

    /// <summary>Language material (06 a) that is a monograph, collection or component part (07 a, c, d, m or other).</summary>
    Book,

    /// <summary>Language material issued serially, or a part of a serial (06 a, 07 s or b).</summary>
    Serial,

    /// <summary>Language material updated by integrating updates, such as a loose-leaf or a web site (06 a, 07 i).</summary>
    IntegratingResource,

    /// <summary>Manuscript language material (06 t), including typescript theses.</summary>
    ManuscriptText,

    /// <summary>Notated music (06 c): a printed score.</summary>
    MusicScore,

    /// <summary>Manuscript notated music (06 d).</summary>
    ManuscriptMusic,

    /// <summary>Cartographic material (06 e): maps, atlases, globes.</summary>
    Map,

    /// <summary>Manuscript cartographic material (06 f).</summary>
    ManuscriptMap,

    /// <summary>Projected medium (06 g): films, videos, slides, transparencies.</summary>
    ProjectedMedium,

    /// <summary>Nonmusical sound recording (06 i): speech, audiobooks, sounds.</summary>
    SoundRecording,

    /// <summary>Musical sound recording (06 j).</summary>
    MusicRecording,

    /// <summary>Two-dimensional nonprojectable graphic (06 k): photographs, prints, drawings, posters.</summary>
    StillImage,

    /// <summary>Computer file (06 m): software, data, online systems.</summary>
    ComputerFile,

    /// <summary>Kit (06 o): a mixture of components, none predominant, issued as a unit.</summary>
    Kit,

    /// <summary>Mixed materials (06 p): archival collections of several forms.</summary>
    MixedMaterials,

    /// <summary>Three-dimensional artifact or naturally occurring object (06 r).</summary>
    ThreeDimensionalObject,
}
