using System.Text;

namespace ThuVien.Cli.Admin;

/// <summary>A password typed by a person (not echoed, asked twice) or piped in; never an argument, which `ps` would show.</summary>
internal static class PasswordInput
{
    public static string FromStdin()
    {
        var line = Console.In.ReadLine();
        return line ?? throw new UsageException("--password-stdin: standard input is empty; pipe the password in, e.g. printf '%s\\n' \"$PASSWORD\" | thuvien admin create …");
    }

    public static string Prompt()
    {
        if (Console.IsInputRedirected)
        {
            throw new UsageException("no terminal to ask the password on: pipe it in with --password-stdin");
        }

        var first = ReadHidden("Password (at least 10 characters): ");
        var second = ReadHidden("Password again: ");
        return first == second ? first : throw new UsageException("the two passwords differ; nothing was created");
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
