using System.CommandLine;

namespace ThuVien.Cli.Marc;

/// <summary>`thuvien marc …`: convert, validate and dump MARC files.</summary>
internal static class MarcCommand
{
    public static Command Create() => new("marc", "Convert, validate and dump MARC21 files (ISO 2709, MARCXML, MARC-in-JSON).")
    {
        ConvertCommand.Create(),
        ValidateCommand.Create(),
        DumpCommand.Create(),
    };
}
