namespace ThuVien.Tests.Circulation.Support;

/// <summary>The database engines the circulation scenarios run on.</summary>
public enum Engine
{
    Sqlite,
    PostgreSql,
}
