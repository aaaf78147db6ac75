namespace ThuVien.Marc.Mapping;

/// <summary>
/// Which Dublin Core element receives the names of 1XX and 7XX fields. The sources disagree:
/// LC's "MARC to Dublin Core Crosswalk" (2008) maps 100, 110, 111, 700, 710, 711 and 720 to
/// dc:contributor and does not use dc:creator; LC's MARC21slim2OAIDC.xsl stylesheet writes all of
/// them as dc:creator; DCMI's definitions (creator "primarily responsible", contributor "makes
/// contributions") suggest the main entry as creator and added entries as contributors.
/// </summary>
public enum DublinCoreNames
{
    /// <summary>1XX to dc:creator, 700, 710, 711 and 720 to dc:contributor (the default).</summary>
    MainEntryAsCreator,

    /// <summary>Every name to dc:contributor, as the LC crosswalk table says.</summary>
    AllAsContributor,

    /// <summary>Every name to dc:creator, as LC's MARC21slim2OAIDC.xsl does.</summary>
    AllAsCreator,
}
