using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ThuVien.Network.Oai;

/// <summary>
/// Reads a request's arguments (from the query of a GET or the form of a POST, §3.1.1) into an
/// <see cref="OaiRequest"/>, or into the errors §3.6 names: badVerb for a missing, unknown or repeated
/// verb; badArgument for a repeated, unknown, missing or malformed argument.
/// </summary>
internal static partial class OaiArguments
{
    private const string VerbName = "verb";
    private const string IdentifierName = "identifier";
    private const string MetadataPrefixName = "metadataPrefix";
    private const string SetName = "set";
    private const string FromName = "from";
    private const string UntilName = "until";
    private const string ResumptionTokenName = "resumptionToken";

    private static readonly string[] ListArguments = [MetadataPrefixName, SetName, FromName, UntilName, ResumptionTokenName];

    /// <summary>Which arguments each verb accepts (§4); a resumptionToken is exclusive wherever it is allowed.</summary>
    private static readonly FrozenDictionary<OaiVerb, string[]> Allowed = new Dictionary<OaiVerb, string[]>
    {
        [OaiVerb.Identify] = [],
        [OaiVerb.ListMetadataFormats] = [IdentifierName],
        [OaiVerb.ListSets] = [ResumptionTokenName],
        [OaiVerb.ListIdentifiers] = ListArguments,
        [OaiVerb.ListRecords] = ListArguments,
        [OaiVerb.GetRecord] = [IdentifierName, MetadataPrefixName],
    }.ToFrozenDictionary();

    /// <summary>Verbs by their exact names (Enum.TryParse would also take "1" or "Identify,ListSets").</summary>
    private static readonly FrozenDictionary<string, OaiVerb> Verbs = Enum.GetValues<OaiVerb>().ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);

    public static OaiResult<OaiRequest> Parse(IEnumerable<KeyValuePair<string, string[]>> arguments)
    {
        var received = arguments.ToList();
        var verbs = received.Where(a => a.Key == VerbName).SelectMany(a => a.Value).ToList();
        if (verbs.Count != 1 || !Verbs.TryGetValue(verbs[0], out var verb))
        {
            return OaiResult<OaiRequest>.Failed(OaiError.BadVerb(verbs.Count switch
            {
                0 => "the verb argument is missing",
                1 => "the verb is not one of Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord",
                _ => "the verb argument is repeated",
            }));
        }

        var errors = new List<OaiError>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, given) in received.Where(a => a.Key != VerbName))
        {
            if (!Allowed[verb].Contains(name, StringComparer.Ordinal))
            {
                errors.Add(OaiError.BadArgument($"{verb} takes no argument '{Printable(name)}'"));
            }
            else if (given.Length != 1 || values.ContainsKey(name))
            {
                errors.Add(OaiError.BadArgument($"the argument '{name}' is repeated"));
            }
            else
            {
                values[name] = given[0];
            }
        }

        if (errors.Count > 0)
        {
            return OaiResult<OaiRequest>.Failed([.. errors]);
        }

        var request = new OaiRequest(verb)
        {
            Echo = [new(VerbName, verbs[0]), .. values.OrderBy(v => v.Key, StringComparer.Ordinal)],
            Identifier = values.GetValueOrDefault(IdentifierName),
            MetadataPrefix = values.GetValueOrDefault(MetadataPrefixName),
            Set = values.GetValueOrDefault(SetName),
            ResumptionToken = values.GetValueOrDefault(ResumptionTokenName),
        };
        if (request.ResumptionToken is not null)
        {
            return values.Count == 1
                ? OaiResult<OaiRequest>.Done(request)
                : OaiResult<OaiRequest>.Failed(OaiError.BadArgument("resumptionToken is an exclusive argument: send it with the verb alone"));
        }

        return Check(request, values, errors);
    }

    private static OaiResult<OaiRequest> Check(OaiRequest request, Dictionary<string, string> values, List<OaiError> errors)
    {
        var verb = request.Verb;
        if (verb is OaiVerb.GetRecord && request.Identifier is null)
        {
            errors.Add(OaiError.BadArgument("GetRecord needs an identifier"));
        }

        if (verb is OaiVerb.GetRecord or OaiVerb.ListIdentifiers or OaiVerb.ListRecords)
        {
            if (request.MetadataPrefix is null)
            {
                errors.Add(OaiError.BadArgument($"{verb} needs a metadataPrefix"));
            }
            else if (!PrefixPattern().IsMatch(request.MetadataPrefix))
            {
                errors.Add(OaiError.BadArgument("the metadataPrefix has characters a metadataPrefix cannot have"));
            }
        }

        if (request.Identifier is { } identifier && !Uri.TryCreate(identifier, UriKind.Absolute, out _))
        {
            errors.Add(OaiError.BadArgument("the identifier is not a URI"));
        }

        if (request.Set is { } set && !OaiSet.IsWellFormed(set))
        {
            errors.Add(OaiError.BadArgument("the set is not a setSpec (letters, digits, -_.!~*'() and colons between them)"));
        }

        var from = Date(values, FromName, errors);
        var until = Date(values, UntilName, errors);
        if (from is { } f && until is { } u)
        {
            if (f.DayGranularity != u.DayGranularity)
            {
                errors.Add(OaiError.BadArgument("from and until must have the same granularity"));
            }
            else if (f.Start > u.Start)
            {
                errors.Add(OaiError.BadArgument("from is later than until"));
            }
        }

        return errors.Count > 0
            ? OaiResult<OaiRequest>.Failed([.. errors])
            : OaiResult<OaiRequest>.Done(request with { From = from, Until = until });
    }

    private static OaiDate? Date(Dictionary<string, string> values, string name, List<OaiError> errors)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        if (OaiDate.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(OaiError.BadArgument($"{name} must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC)"));
        return null;
    }

    /// <summary>An argument name as it may appear in a message: hostile input is cut short and stripped of controls.</summary>
    private static string Printable(string name)
    {
        var cut = name.Length > 40 ? name[..40] + "…" : name;
        return new string([.. cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
    }

    /// <summary>metadataPrefixType of the OAI-PMH schema.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9\-_.!~*'()]+$")]
    private static partial Regex PrefixPattern();
}
