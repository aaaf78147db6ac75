using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ThuVien.Storage;

namespace ThuVien.Catalog.Import;

/// <summary>
/// The import's writes as prepared SQL commands on the batch's connection and transaction. Bulk import
/// is the one place where EF Core's change tracking costs more than the database (a third of the time
/// per record), so rows are written directly; the SQL is plain enough for SQLite and PostgreSQL alike,
/// with the column names of the EF model (see CatalogModel.cs).
/// </summary>
internal sealed class CatalogRows : IDisposable
{
    private readonly DbCommand _insertRecord;
    private readonly DbCommand _updateRecord;
    private readonly DbCommand _deleteKeys;
    private readonly DbCommand _insertKey;
    private readonly DbCommand _insertItem;
    private readonly DbCommand _updateItem;
    private readonly DbCommand _insertChange;

    public CatalogRows(ThuVienDb db)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("catalogue rows are written inside a transaction");
        DbCommand Command(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        const string recordColumns = "\"Marc\", \"Title\", \"MainAuthor\", \"Year\", \"Isbns\", \"Issn\", \"Language\", \"ContentType\", \"ControlNumber\", \"ControlNumberSource\", \"Fingerprint\"";
        string[] recordParameters = ["@marc", "@title", "@author", "@year", "@isbns", "@issn", "@language", "@type", "@control", "@source", "@fingerprint"];
        _insertRecord = Command(
            $"INSERT INTO records ({recordColumns}, \"CreatedAt\", \"UpdatedAt\", \"Deleted\", \"Version\") VALUES ({string.Join(", ", recordParameters)}, @now, @now, @false, 1) RETURNING \"Id\"",
            [.. recordParameters, "@now", "@false"]);
        _updateRecord = Command(
            $"UPDATE records SET ({recordColumns}, \"UpdatedAt\", \"Deleted\", \"Version\") = ({string.Join(", ", recordParameters)}, @now, @false, \"Version\" + 1) WHERE \"Id\" = @id",
            [.. recordParameters, "@now", "@false", "@id"]);
        _deleteKeys = Command("DELETE FROM record_keys WHERE \"RecordId\" = @id", "@id");
        _insertKey = Command("INSERT INTO record_keys (\"RecordId\", \"Kind\", \"Value\") VALUES (@id, @kind, @value)", "@id", "@kind", "@value");
        const string itemColumns = "\"RecordId\", \"Barcode\", \"CallNumber\", \"Library\", \"Location\", \"ItemType\", \"Status\", \"Price\", \"AcquiredOn\", \"Notes\"";
        string[] itemParameters = ["@record", "@barcode", "@call", "@library", "@location", "@itemType", "@status", "@price", "@acquired", "@notes"];
        _insertItem = Command(
            $"INSERT INTO items ({itemColumns}, \"CreatedAt\", \"UpdatedAt\", \"Version\") VALUES ({string.Join(", ", itemParameters)}, @now, @now, 1) RETURNING \"Id\"",
            [.. itemParameters, "@now"]);
        _updateItem = Command(
            $"UPDATE items SET ({itemColumns}, \"UpdatedAt\", \"Version\") = ({string.Join(", ", itemParameters)}, @now, \"Version\" + 1) WHERE \"Id\" = @id",
            [.. itemParameters, "@now", "@id"]);
        _insertChange = Command("INSERT INTO changes (\"RecordId\", \"ItemId\", \"Operation\", \"At\") VALUES (@record, @item, @operation, @at)", "@record", "@item", "@operation", "@at");
    }

    public async Task<long> InsertRecordAsync(IncomingRecord record, DateTime now, CancellationToken cancellationToken)
    {
        SetRecord(_insertRecord, record, now);
        var id = Convert.ToInt64(await _insertRecord.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await InsertKeysAsync(id, record, cancellationToken);
        return id;
    }

    public async Task UpdateRecordAsync(long id, IncomingRecord record, DateTime now, CancellationToken cancellationToken)
    {
        SetRecord(_updateRecord, record, now);
        _updateRecord.Parameters["@id"].Value = id;
        await _updateRecord.ExecuteNonQueryAsync(cancellationToken);
        _deleteKeys.Parameters["@id"].Value = id;
        await _deleteKeys.ExecuteNonQueryAsync(cancellationToken);
        await InsertKeysAsync(id, record, cancellationToken);
    }

    public async Task<long> InsertItemAsync(long recordId, ItemData item, DateTime now, CancellationToken cancellationToken)
    {
        SetItem(_insertItem, recordId, item, now);
        return Convert.ToInt64(await _insertItem.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task UpdateItemAsync(long itemId, long recordId, ItemData item, DateTime now, CancellationToken cancellationToken)
    {
        SetItem(_updateItem, recordId, item, now);
        _updateItem.Parameters["@id"].Value = itemId;
        await _updateItem.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertChangeAsync(long recordId, long? itemId, ChangeOperation operation, DateTime at, CancellationToken cancellationToken)
    {
        _insertChange.Parameters["@record"].Value = recordId;
        _insertChange.Parameters["@item"].Value = itemId is { } id ? id : DBNull.Value;
        _insertChange.Parameters["@operation"].Value = operation.ToString();
        _insertChange.Parameters["@at"].Value = at;
        await _insertChange.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertKeysAsync(long id, IncomingRecord record, CancellationToken cancellationToken)
    {
        foreach (var (kind, value) in record.Facts.Keys())
        {
            _insertKey.Parameters["@id"].Value = id;
            _insertKey.Parameters["@kind"].Value = (int)kind;
            _insertKey.Parameters["@value"].Value = value;
            await _insertKey.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void SetRecord(DbCommand command, IncomingRecord record, DateTime now)
    {
        var facts = record.Facts;
        var p = command.Parameters;
        p["@marc"].Value = record.Marc;
        p["@title"].Value = facts.Title;
        p["@author"].Value = (object?)facts.MainAuthor ?? DBNull.Value;
        p["@year"].Value = facts.Year is { } year ? year : DBNull.Value;
        p["@isbns"].Value = facts.Isbns.Count == 0 ? DBNull.Value : string.Join(' ', facts.Isbns);
        p["@issn"].Value = (object?)facts.Issn ?? DBNull.Value;
        p["@language"].Value = (object?)facts.Language ?? DBNull.Value;
        p["@type"].Value = facts.ContentType;
        p["@control"].Value = (object?)facts.ControlNumber ?? DBNull.Value;
        p["@source"].Value = (object?)facts.ControlNumberSource ?? DBNull.Value;
        p["@fingerprint"].Value = facts.Fingerprint;
        p["@now"].Value = now;
        p["@false"].Value = false;
    }

    private static void SetItem(DbCommand command, long recordId, ItemData item, DateTime now)
    {
        var p = command.Parameters;
        p["@record"].Value = recordId;
        p["@barcode"].Value = item.Barcode;
        p["@call"].Value = (object?)item.CallNumber ?? DBNull.Value;
        p["@library"].Value = (object?)item.Library ?? DBNull.Value;
        p["@location"].Value = (object?)item.Location ?? DBNull.Value;
        p["@itemType"].Value = (object?)item.ItemType ?? DBNull.Value;
        p["@status"].Value = item.Status.ToString();
        p["@price"].Value = item.Price is { } price ? price : DBNull.Value;
        p["@acquired"].Value = item.AcquiredOn is { } date ? date : DBNull.Value;
        p["@notes"].Value = (object?)item.Notes ?? DBNull.Value;
        p["@now"].Value = now;
    }

    public void Dispose()
    {
        foreach (var command in (DbCommand[])[_insertRecord, _updateRecord, _deleteKeys, _insertKey, _insertItem, _updateItem, _insertChange])
        {
            command.Dispose();
        }
    }
}
