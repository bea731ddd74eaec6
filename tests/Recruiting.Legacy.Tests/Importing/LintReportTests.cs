using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Importing;

public sealed class LintReportTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Content_lint_findings_are_reported_with_the_line_of_the_file(bool dryRun)
    {
        await using var harness = await ImportHarness.CreateAsync();
        var report = await harness.ImportAsync(Samples.Parser("raw-html.md"), new ImportOptions(DryRun: dryRun));

        var file = report.Files.Single();
        var lines = File.ReadAllLines(Samples.Parser("raw-html.md"));
        var malformedLine = Array.FindIndex(lines, l => l.Contains("] (mailto:")) + 1;
        var finding = Assert.Single(file.Messages, m => m.Code.StartsWith("lint.") && m.Message.Contains("not a link"));
        Assert.Equal((malformedLine, "body"), (finding.Line, finding.Field));
        Assert.NotNull(finding.Action);
    }
}
