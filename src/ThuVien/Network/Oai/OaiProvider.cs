using System.Xml;
using Microsoft.EntityFrameworkCore;
using ThuVien.Catalog;
using ThuVien.Marc;
using ThuVien.Storage;

namespace ThuVien.Network.Oai;

/// <summary>
/// The OAI-PMH 2.0 provider: reads the arguments, answers the verb or the errors (§3.6), as a complete
/// UTF-8 response. Every refusal is an OAI error element in an HTTP 200 answer, as §3.1.2.1 asks.
/// </summary>
internal sealed class OaiProvider(IDbContextFactory<ThuVienDb> databases, OaiRecords records, OaiSecretStore secrets, TimeProvider clock, OaiOptions options)
{
    public async Task<byte[]> RespondAsync(IEnumerable<KeyValuePair<string, string[]>> arguments, CancellationToken cancellationToken)
    {
        var node = await NodeAsync(cancellationToken);
        var response = new OaiResponseWriter(node.BaseUrl, clock.GetUtcNow().UtcDateTime);
        var parsed = OaiArguments.Parse(arguments);
        if (!parsed.Succeeded)
        {
            return response.Errors(null, parsed.Errors);
        }

        var request = parsed.Value!;
        var identifiers = new OaiIdentifier(node.Repository);
        return request.Verb switch
        {
            OaiVerb.Identify => await IdentifyAsync(request, response, node, identifiers, cancellationToken),
            OaiVerb.ListMetadataFormats => await ListMetadataFormatsAsync(request, response, identifiers, cancellationToken),
            OaiVerb.ListSets => await ListSetsAsync(request, response, cancellationToken),
            OaiVerb.GetRecord => await GetRecordAsync(request, response, identifiers, cancellationToken),
            _ => await ListAsync(request, response, identifiers, cancellationToken),
        };
    }

    private async Task<byte[]> IdentifyAsync(OaiRequest request, OaiResponseWriter response, Node node, OaiIdentifier identifiers, CancellationToken cancellationToken)
    {
        // An empty log has no earliest change: the response date stands in, as nothing is older.
        var earliest = await records.EarliestAsync(cancellationToken) ?? clock.GetUtcNow().UtcDateTime;
        return response.Verb(request, xml =>
        {
            xml.WriteElementString("repositoryName", OaiResponseWriter.Namespace, XmlChars.Clean(node.Name));
            xml.WriteElementString("baseURL", OaiResponseWriter.Namespace, node.BaseUrl);
            xml.WriteElementString("protocolVersion", OaiResponseWriter.Namespace, "2.0");
            xml.WriteElementString("adminEmail", OaiResponseWriter.Namespace, node.AdminEmail);
            xml.WriteElementString("earliestDatestamp", OaiResponseWriter.Namespace, OaiDate.Format(earliest));
            xml.WriteElementString("deletedRecord", OaiResponseWriter.Namespace, "persistent");
            xml.WriteElementString("granularity", OaiResponseWriter.Namespace, "YYYY-MM-DDThh:mm:ssZ");
            if (RepositoryIdentifierDescription.Fits(identifiers.Repository))
            {
                xml.WriteStartElement("description", OaiResponseWriter.Namespace);
                RepositoryIdentifierDescription.Write(xml, identifiers);
                xml.WriteEndElement();
            }
        });
    }

    private async Task<byte[]> ListMetadataFormatsAsync(OaiRequest request, OaiResponseWriter response, OaiIdentifier identifiers, CancellationToken cancellationToken)
    {
        if (request.Identifier is { } identifier)
        {
            var found = identifiers.TryParse(identifier, out var id) ? await records.FindAsync(id, cancellationToken) : null;
            if (found is null)
            {
                return response.Errors(request, [OaiError.IdDoesNotExist(identifier)]);
            }

            // A tombstone keeps its header only: no format can be disseminated for it.
            if (found.Value.Header.Deleted)
            {
                return response.Errors(request, [new OaiError(OaiError.NoMetadataFormatsCode, $"{identifier} is deleted: only its header remains")]);
            }
        }

        return response.Verb(request, xml =>
        {
            foreach (var format in OaiMetadataFormat.All)
            {
                xml.WriteStartElement("metadataFormat", OaiResponseWriter.Namespace);
                xml.WriteElementString("metadataPrefix", OaiResponseWriter.Namespace, format.Prefix);
                xml.WriteElementString("schema", OaiResponseWriter.Namespace, format.Schema);
                xml.WriteElementString("metadataNamespace", OaiResponseWriter.Namespace, format.Namespace);
                xml.WriteEndElement();
            }
        });
    }

    private async Task<byte[]> ListSetsAsync(OaiRequest request, OaiResponseWriter response, CancellationToken cancellationToken)
    {
        if (request.ResumptionToken is not null)
        {
            // The set list is short and always sent whole, so no token for it was ever issued.
            return response.Errors(request, [OaiError.BadResumptionToken("this node sends the set list whole and issues no token for it")]);
        }

        var sets = await records.SetsAsync(cancellationToken);
        if (sets.Count == 0)
        {
            // Sets come from the records; a node without records has none to offer.
            return response.Errors(request, [new OaiError(OaiError.NoSetHierarchyCode, "this node has no records, so no sets")]);
        }

        return response.Verb(request, xml =>
        {
            foreach (var set in sets)
            {
                xml.WriteStartElement("set", OaiResponseWriter.Namespace);
                xml.WriteElementString("setSpec", OaiResponseWriter.Namespace, set.Spec);
                xml.WriteElementString("setName", OaiResponseWriter.Namespace, set.Name);
                xml.WriteEndElement();
            }
        });
    }

    private async Task<byte[]> GetRecordAsync(OaiRequest request, OaiResponseWriter response, OaiIdentifier identifiers, CancellationToken cancellationToken)
    {
        var errors = new List<OaiError>();
        var format = OaiMetadataFormat.Find(request.MetadataPrefix!);
        if (format is null)
        {
            errors.Add(OaiError.CannotDisseminateFormat(request.MetadataPrefix!));
        }

        var found = identifiers.TryParse(request.Identifier!, out var id) ? await records.FindAsync(id, cancellationToken) : null;
        if (found is null)
        {
            errors.Add(OaiError.IdDoesNotExist(request.Identifier!));
        }

        if (errors.Count > 0)
        {
            return response.Errors(request, errors);
        }

        var (header, record) = found!.Value;
        return response.Verb(request, xml => WriteRecord(xml, header, record, format!, identifiers));
    }

    private async Task<byte[]> ListAsync(OaiRequest request, OaiResponseWriter response, OaiIdentifier identifiers, CancellationToken cancellationToken)
    {
        var start = await ListStartAsync(request, cancellationToken);
        if (!start.Succeeded)
        {
            return response.Errors(request, start.Errors);
        }

        var list = start.Value!;
        var query = new OaiListQuery(list.Set is null ? null : OaiSet.Parse(list.Set), list.From, list.Until);
        var page = await records.PageAsync(query, list.AfterSequence, options.PageSize + 1, cancellationToken);
        if (page.Count == 0)
        {
            return response.Errors(request, [OaiError.NoRecordsMatch()]);
        }

        var more = page.Count > options.PageSize;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        var first = request.ResumptionToken is null;
        var size = !first ? list.CompleteListSize : more ? await records.CountAsync(query, cancellationToken) : page.Count;
        string? next = null;
        DateTime? expires = null;
        if (more)
        {
            expires = OaiDate.Truncate(clock.GetUtcNow().UtcDateTime + options.TokenLifetime);
            next = new ResumptionTokenCodec(await secrets.KeyAsync(cancellationToken), clock).Encode(list with
            {
                AfterSequence = page[^1].Sequence,
                AfterRecordId = page[^1].RecordId,
                Cursor = list.Cursor + page.Count,
                CompleteListSize = size,
                ExpiresAt = expires.Value,
            });
        }

        var format = OaiMetadataFormat.Find(list.MetadataPrefix)!;
        var stored = request.Verb == OaiVerb.ListRecords ? await records.RecordsAsync(page.Select(h => h.RecordId), cancellationToken) : [];
        return response.Verb(request, xml =>
        {
            foreach (var header in page)
            {
                if (request.Verb == OaiVerb.ListRecords)
                {
                    WriteRecord(xml, header, stored.GetValueOrDefault(header.RecordId), format, identifiers);
                }
                else
                {
                    OaiResponseWriter.Header(xml, header, identifiers);
                }
            }

            if (more || !first)
            {
                OaiResponseWriter.Token(xml, next, expires, size, list.Cursor);
            }
        });
    }

    /// <summary>The list to continue: from a valid token, or a new list from checked arguments.</summary>
    private async Task<OaiResult<ResumptionToken>> ListStartAsync(OaiRequest request, CancellationToken cancellationToken)
    {
        if (request.ResumptionToken is { } token)
        {
            var codec = new ResumptionTokenCodec(await secrets.KeyAsync(cancellationToken), clock);
            var decoded = codec.Decode(token, request.Verb);
            return decoded.Succeeded && OaiMetadataFormat.Find(decoded.Value!.MetadataPrefix) is null
                ? OaiResult<ResumptionToken>.Failed(OaiError.BadResumptionToken("the resumptionToken names a format this node no longer offers"))
                : decoded;
        }

        if (OaiMetadataFormat.Find(request.MetadataPrefix!) is null)
        {
            return OaiResult<ResumptionToken>.Failed(OaiError.CannotDisseminateFormat(request.MetadataPrefix!));
        }

        if (request.Set is { } set && OaiSet.Parse(set) is null)
        {
            // A well-formed set this node does not have: nothing is in it.
            return OaiResult<ResumptionToken>.Failed(OaiError.NoRecordsMatch());
        }

        return OaiResult<ResumptionToken>.Done(new ResumptionToken(request.Verb, request.MetadataPrefix!, request.Set, request.From, request.Until));
    }

    private static void WriteRecord(XmlWriter xml, OaiHeader header, BibRecord? record, OaiMetadataFormat format, OaiIdentifier identifiers)
    {
        xml.WriteStartElement("record", OaiResponseWriter.Namespace);
        OaiResponseWriter.Header(xml, header, identifiers);
        if (!header.Deleted && record is not null && Readable(record) is { } marc)
        {
            xml.WriteStartElement("metadata", OaiResponseWriter.Namespace);
            format.Write(xml, marc);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The record as MARC, or null when its stored bytes cannot be read: the header still goes out.</summary>
    private static MarcRecord? Readable(BibRecord record)
    {
        try
        {
            return record.ToMarcWithItems();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private async Task<Node> NodeAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var identity = await db.Node.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NodeIdentity();
        var baseUrl = identity.BaseUrl.TrimEnd('/');
        var host = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "localhost";
        var repository = options.RepositoryIdentifier ?? host;
        var email = options.AdminEmail ?? (repository.Contains('.', StringComparison.Ordinal) ? $"admin@{repository}" : $"admin@{repository}.invalid");
        return new Node(identity.Name, baseUrl + "/oai", repository, email);
    }

    private sealed record Node(string Name, string BaseUrl, string Repository, string AdminEmail);
}
