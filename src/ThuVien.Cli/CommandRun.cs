namespace ThuVien.Cli;

/// <summary>Turns expected failures (usage, missing files, I/O) into a message and an exit code, not a stack trace.</summary>
internal static class CommandRun
{
    public static int Guard(Func<int> run) => GuardAsync(() => Task.FromResult(run())).GetAwaiter().GetResult();

    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"thuvien: {e.Message}");
            return UsageException.ExitCode;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"thuvien: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"thuvien: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("thuvien: stopped; what was committed stays, and running the same command again carries on");
            return 130;
        }
    }
}
