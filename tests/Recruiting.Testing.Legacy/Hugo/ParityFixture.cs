using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Testing.Legacy.Hugo;

/// <summary>
/// The parity corpus written to a site folder, built once with Hugo (shared by every parity test class) and imported
/// once by us into a fresh SQLite database.
/// </summary>
public sealed class ParityFixture : IAsyncLifetime
{
    public TempFolder Site { get; } = new();
    public IReadOnlyList<(string Path, string Text)> Files { get; } = ParityCorpus.Files();
    public HugoBuild Hugo { get; private set; } = null!;
    public ImportHarness Harness { get; private set; } = null!;
    public ImportReport Report { get; private set; } = null!;
    public IReadOnlyList<Posting> Postings { get; private set; } = [];

    public async Task InitializeAsync()
    {
        foreach (var (path, text) in Files) Site.Write(path, text);
        if (HugoAvailability.SkipReason is not null) return;
        Hugo = HugoSite.Build(Site.Path);
        Harness = await ImportHarness.CreateAsync();
        Report = await Harness.ImportAsync([Path.Combine(Site.Path, "content")], baseFolder: Site.Path);
        await using var db = Harness.NewDbContext();
        Postings = await db.Postings.AsNoTracking().ToListAsync();
    }

    public Posting? Imported(string source) => Postings.SingleOrDefault(p => p.ImportSource == source);
    public FileReport ReportOf(string source) => Report.Files.Single(f => f.Path == source);

    public async Task DisposeAsync()
    {
        if (Harness is not null) await Harness.DisposeAsync();
        if (Environment.GetEnvironmentVariable("RECRUITING_KEEP_HUGO_SITE") is null) Site.Dispose();
    }
}
