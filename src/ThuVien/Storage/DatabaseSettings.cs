namespace ThuVien.Storage;

/// <summary>Where the node's state lives: the data folder and the database connection string.</summary>
internal sealed record DatabaseSettings(string DataDirectory, string ConnectionString)
{
    public const string DataEnvironmentVariable = "THUVIEN_DATA";
    public const string DatabaseEnvironmentVariable = "THUVIEN_DB";

    /// <summary>
    /// --data, else THUVIEN_DATA, else ./data; --db, else THUVIEN_DB, else the configured connection
    /// string, else SQLite in the data folder (the embedded default).
    /// </summary>
    public static DatabaseSettings Resolve(string? dataOption, string? dbOption, string? configured = null)
    {
        var data = Path.GetFullPath(dataOption ?? Environment.GetEnvironmentVariable(DataEnvironmentVariable) ?? "data");
        var db = dbOption ?? Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable) ?? configured;
        if (string.IsNullOrWhiteSpace(db))
        {
            db = $"Data Source={Path.Combine(data, "thuvien.db")}";
        }

        return new DatabaseSettings(data, db);
    }
}
