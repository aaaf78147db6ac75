using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Accounts;
using ThuVien.Cli.Tests.Support;
using ThuVien.Storage;
using ThuVien.Storage.Postgres;
using ThuVien.Storage.Sqlite;

namespace ThuVien.Cli.Tests.Admin;

/// <summary>`thuvien admin create`: the first administrator from the shell, with the password on standard input.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private const string Password = "thư viện mở cửa lúc bảy giờ";

    private readonly string _dir = Directory.CreateTempSubdirectory("thuvien-admin-").FullName;

    private string Data => Path.Combine(_dir, "node");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Creates_an_administrator_who_can_sign_in_with_the_piped_password()
    {
        var run = await ThuvienProcess.RunWithInputAsync(Password + "\n", "admin", "create", "--data", Data, "--user", "quan-tri", "--email", "quantri@thuvien.example", "--password-stdin");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created administrator 'quan-tri'", run.Stdout, StringComparison.Ordinal);

        await using var services = NodeServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByNameAsync("quan-tri");
        Assert.NotNull(account);
        Assert.True(await users.CheckPasswordAsync(account, Password));
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(account));
        Assert.Equal("quantri@thuvien.example", account.Email);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_a_clear_message_and_creates_nothing()
    {
        var run = await ThuvienProcess.RunWithInputAsync("matkhau123\n", "admin", "create", "--data", Data, "--user", "quan-tri", "--password-stdin");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("password", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("at least 10 characters", run.Stderr, StringComparison.Ordinal);

        await using var services = NodeServices();
        await using var scope = services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByNameAsync("quan-tri"));
    }

    [Fact]
    public async Task A_taken_user_name_is_refused()
    {
        var first = await ThuvienProcess.RunWithInputAsync(Password + "\n", "admin", "create", "--data", Data, "--user", "quan-tri", "--password-stdin");
        Assert.Equal(0, first.ExitCode);
        var second = await ThuvienProcess.RunWithInputAsync(Password + "\n", "admin", "create", "--data", Data, "--user", "Quan-Tri", "--password-stdin");
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("userName", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_it_asks_for_the_password_on_standard_input_instead_of_hanging()
    {
        var run = await ThuvienProcess.RunAsync("admin", "create", "--data", Data, "--user", "quan-tri");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin", run.Stderr, StringComparison.Ordinal);
    }

    private ServiceProvider NodeServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(DatabaseSettings.Resolve(Data, null), [new SqliteProvider(), new PostgresProvider()]).AddAccounts();
        return services.BuildServiceProvider();
    }
}
