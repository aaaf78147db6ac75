namespace ThuVien.Cli;

/// <summary>The command line asked for something impossible; the message is shown as is, with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
