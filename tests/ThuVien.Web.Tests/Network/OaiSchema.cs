using System.Diagnostics;
using ThuVien.Marc.Tests.Support;

namespace ThuVien.Web.Tests.Network;

/// <summary>
/// Validates a response with the real xmllint against the official OAI-PMH, oai_dc and MARC21 slim schemas
/// of the shared test data (OAI-PMH-bundle.xsd, resolved offline through its catalog.xml). Skips the test
/// visibly when the data or xmllint is absent.
/// </summary>
internal static class OaiSchema
{
    public static async Task<string?> ProblemsAsync(string xml)
    {
        var bundle = TestData.Require("xsd/OAI-PMH-bundle.xsd");
        var catalog = TestData.Require("xsd/catalog.xml");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, xml);
            var start = new ProcessStartInfo("xmllint", ["--nonet", "--noout", "--schema", bundle, file])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                Environment = { ["XML_CATALOG_FILES"] = catalog },
            };
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("xmllint is not installed (apt package libxml2-utils; ./test.sh installs it)");
                throw;
            }

            using (process)
            {
                var errors = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                return process.ExitCode == 0 ? null : errors.Replace(file, "response", StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
