using System.Text.Json;
using System.Text.RegularExpressions;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;
using Recruiting.Web.Cli;

namespace Recruiting.Web.Tests.Cli;

/// <summary>The command line's report, written from each file's report as the run finishes it rather than from a report kept whole.</summary>
public sealed class ImportReportOutputTests
{
    private static async Task<ImportReport> ImportArchiveAsync()
    {
        await using var harness = await ImportHarness.CreateAsync();
        return await harness.ImportAsync(Samples.Archive);
    }

    private static async Task<string> TextAsync(ImportReport report, IEnumerable<(int Index, FileReport File)> files, bool verbose = false)
    {
        var text = new ImportReportText(verbose);
        foreach (var (index, file) in files) text.Add(index, file);
        var output = new StringWriter();
        await text.WriteAsync(report, output);
        return output.ToString();
    }

    [Fact]
    public async Task The_json_written_file_by_file_is_the_document_of_the_whole_report()
    {
        var report = await ImportArchiveAsync();
        var output = new StringWriter();

        using (var json = new ImportReportJson(ImportCommand.Json, output, report.DryRun))
        {
            for (var i = 0; i < report.Files.Count; i++) json.Add(i, report.Files[i]);
            await json.EndAsync(report);
        }

        Assert.Equal(JsonSerializer.Serialize(report, ImportCommand.Json) + Environment.NewLine, output.ToString());
        Assert.Contains("\"rejected\": 1,", output.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_text_lists_files_in_the_order_given_whatever_order_they_finish_in(bool verbose)
    {
        var report = await ImportArchiveAsync();
        var given = report.Files.Select((f, i) => (i, f)).ToList();

        var text = await TextAsync(report, given, verbose);

        Assert.Equal(text, await TextAsync(report, Enumerable.Reverse(given), verbose));
        var lines = text.TrimEnd().Split(Environment.NewLine);
        var listed = lines.Where(l => Regex.IsMatch(l, "^(created|updated|unchanged|rejected|conflict): ")).Select(l => l.Split(' ')[1]);
        Assert.Equal(verbose ? report.Files.Where(f => f.Outcome != FileOutcome.Skipped).Select(f => f.Path) : ["archive/misc/broken.md"], listed);
        Assert.Equal("skipped (not .md, .markdown or .txt): archive/misc/photo.png", lines[^2]);
        Assert.Equal(report.Summary(), lines[^1]);
    }

    [Fact]
    public async Task By_default_a_kind_of_warning_names_the_first_file_given_and_many_skipped_files_are_counted()
    {
        var files = Enumerable.Range(0, 7).Select(i => new FileReport { Path = $"other/picture-{i}.png", Outcome = FileOutcome.Skipped })
            .Concat(Enumerable.Range(0, 3).Select(i => new FileReport { Path = $"en/job-{i}.md", Outcome = FileOutcome.Created, Messages =
            {
                ImportMessage.Warning("description-derived", "No description."), ImportMessage.Warning("description-derived", "No description."),
            } }))
            .Select((f, i) => (i, f)).Reverse();

        var lines = (await TextAsync(new ImportReport(), files)).TrimEnd().Split(Environment.NewLine);

        Assert.Equal("warning description-derived: 3 files, e.g. en/job-0.md", lines[0]);
        Assert.Equal("skipped (not .md, .markdown or .txt): 7 files, e.g. other/picture-0.png", lines[2]);
    }
}
