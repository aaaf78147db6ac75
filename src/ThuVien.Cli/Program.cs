using System.CommandLine;
using ThuVien.Cli.Marc;

var root = new RootCommand("ThuVien: a library node and its tools. Run 'thuvien <command> --help' for details.")
{
    MarcCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
