using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>
/// Files are parsed while the database state loads; when the state comes later than the parse, <see cref="FilePreparer.Settle"/>
/// must reach the same outcome as a file read with the state known.
/// </summary>
public sealed class FilePreparerTests
{
    private const string Path = "content/en/careers/alpha.md";
    private const string Text = "---\ntitle: Alpha\n---\nAlpha body, first paragraph.\n";
    private static readonly ImportOptions Options = new();

    [Fact]
    public void A_file_parsed_before_the_state_loaded_and_found_unchanged_is_reported_as_unchanged_without_the_parse_messages()
    {
        var report = new FileReport { Path = Path };
        var read = FilePreparer.Scan(new ImportSource(Path, Text), report, Options, state: null, PageTypes.JobPosting)!;
        Assert.NotEmpty(report.Messages); // the parse derived the description and warned about it

        var settled = FilePreparer.Settle(0, read, report, StateWith(read.Hash));

        Assert.Null(settled);
        Assert.Equal((FileOutcome.Unchanged, "previous import"), (report.Outcome, report.LanguageDecidedBy));
        Assert.Empty(report.Messages);
    }

    [Fact]
    public void A_file_read_with_the_state_known_reaches_the_same_outcome()
    {
        var probe = FilePreparer.Read(new ImportSource(Path, Text), new FileReport { Path = Path }, Options, state: null, PageTypes.JobPosting)!;
        var report = new FileReport { Path = Path };

        Assert.Null(FilePreparer.Read(new ImportSource(Path, Text), report, Options, StateWith(probe.Hash), PageTypes.JobPosting));
        Assert.Equal((FileOutcome.Unchanged, "previous import"), (report.Outcome, report.LanguageDecidedBy));
        Assert.Empty(report.Messages);
    }

    [Fact]
    public void A_file_that_no_longer_parses_but_was_imported_unchanged_stays_unchanged()
    {
        const string broken = "---\ntitle: [unclosed\n---\nBody.\n";
        var report = new FileReport { Path = Path };
        var read = FilePreparer.Scan(new ImportSource(Path, broken), report, Options, state: null, PageTypes.JobPosting)!;
        Assert.Equal(FileOutcome.Rejected, report.Outcome);

        Assert.Null(FilePreparer.Settle(0, read, report, StateWith(read.Hash)));
        Assert.Equal(FileOutcome.Unchanged, report.Outcome);
        Assert.Empty(report.Messages);
    }

    [Fact]
    public void A_changed_file_keeps_its_outline_and_gets_the_posting_it_updates()
    {
        var report = new FileReport { Path = Path };
        var read = FilePreparer.Scan(new ImportSource(Path, Text), report, Options, state: null, PageTypes.JobPosting)!;

        var settled = FilePreparer.Settle(0, read, report, StateWith("an older hash"));

        Assert.NotNull(settled);
        Assert.Equal(Id, settled.Existing?.Id);
        Assert.Equal(("en", false, "/en/careers/alpha/"), (settled.Language, settled.Archived, read.Outline?.Urls.Page));
        Assert.NotEqual(FileOutcome.Unchanged, report.Outcome);
    }

    private static readonly Guid Id = Guid.NewGuid();

    private static ImportState StateWith(string hash)
    {
        var state = new ImportState();
        state.Remember(new ImportState.Row(Id, Path, hash, 1, 1, "en", "alpha", "alpha", null), ("en", "alpha"));
        return state;
    }
}
