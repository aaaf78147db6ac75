namespace ThuVien.Tests.Circulation.Support;

/// <summary>Theory data: every scenario runs on SQLite, and on PostgreSQL when THUVIEN_TEST_PG names a server
/// (skipped visibly otherwise).</summary>
public static class Engines
{
    public static TheoryData<Engine> All => [Engine.Sqlite, Engine.PostgreSql];
}
