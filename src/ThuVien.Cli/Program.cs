using System.CommandLine;
using ThuVien.Cli.Admin;
using ThuVien.Cli.Marc;
using ThuVien.Cli.Node;

var root = new RootCommand("ThuVien: a library node and its tools. Run 'thuvien <command> --help' for details.")
{
    ServeCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
    ReindexCommand.Create(),
    DbCommand.Create(),
    AdminCommand.Create(),
    MarcCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
