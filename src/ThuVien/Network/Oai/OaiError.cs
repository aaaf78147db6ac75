namespace ThuVien.Network.Oai;

/// <summary>An OAI-PMH error condition (§3.6): the code verbatim from the specification and a message for people.</summary>
internal readonly record struct OaiError(string Code, string Message)
{
    public const string BadArgumentCode = "badArgument";
    public const string BadResumptionTokenCode = "badResumptionToken";
    public const string BadVerbCode = "badVerb";
    public const string CannotDisseminateFormatCode = "cannotDisseminateFormat";
    public const string IdDoesNotExistCode = "idDoesNotExist";
    public const string NoRecordsMatchCode = "noRecordsMatch";
    public const string NoMetadataFormatsCode = "noMetadataFormats";
    public const string NoSetHierarchyCode = "noSetHierarchy";

    public static OaiError BadArgument(string message) => new(BadArgumentCode, message);

    public static OaiError BadResumptionToken(string message) => new(BadResumptionTokenCode, message);

    public static OaiError BadVerb(string message) => new(BadVerbCode, message);

    public static OaiError CannotDisseminateFormat(string prefix) => new(CannotDisseminateFormatCode, $"metadataPrefix '{prefix}' is not supported: use oai_dc or marc21");

    public static OaiError IdDoesNotExist(string identifier) => new(IdDoesNotExistCode, $"no record has the identifier '{identifier}'");

    public static OaiError NoRecordsMatch() => new(NoRecordsMatchCode, "no record matches these arguments");

    /// <summary>§3.6: the request element carries no attributes when the arguments themselves are at fault.</summary>
    public bool VoidsArguments => Code is BadArgumentCode or BadVerbCode;
}
