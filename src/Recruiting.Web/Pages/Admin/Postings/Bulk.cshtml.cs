using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// An action on the postings selected in the list: first a confirmation that names every posting and says what will
/// happen (GET, nothing changes), then the action, posting by posting through <see cref="PostingWorkflow"/>, with one
/// result line each (POST).
/// </summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class BulkModel(RecruitingDb db, PostingWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)] public BulkAction Action { get; set; }
    [BindProperty(SupportsGet = true)] public List<Guid> Ids { get; set; } = [];
    /// <summary>The version of each posting in <see cref="Ids"/> when the user confirmed, in the same order.</summary>
    [BindProperty] public List<int> Versions { get; set; } = [];

    public IReadOnlyList<Selected> Postings { get; private set; } = [];
    public IReadOnlyList<Outcome> Results { get; private set; } = [];
    public bool TooMany { get; private set; }
    public Actor Actor => HttpContext.Actor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Ids.Count == 0) return Page(); // nothing asked: the page says how to select postings
        if (BulkActions.NeedsPublisher(Action) && !Actor.CanPublish) return Forbid();
        TooMany = Ids.Distinct().Count() > BulkActions.MaxSelection;
        if (!TooMany) Postings = await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (BulkActions.NeedsPublisher(Action) && !Actor.CanPublish) return Forbid();
        if (Ids.Count > BulkActions.MaxSelection || Versions.Count != Ids.Count) return BadRequest();
        Postings = await LoadAsync(ct);
        var byId = Postings.ToDictionary(p => p.Id);
        var results = new List<Outcome>();
        foreach (var (id, version) in Ids.Zip(Versions).DistinctBy(x => x.First))
        {
            if (!byId.TryGetValue(id, out var posting)) continue;
            var result = await BulkActions.RunAsync(workflow, Action, id, version, Actor, ct);
            results.Add(new Outcome(posting, result, result.Posting is { } changed && Action == BulkAction.Duplicate ? changed.Id : null));
        }
        Results = results;
        return Page();
    }

    private async Task<IReadOnlyList<Selected>> LoadAsync(CancellationToken ct)
    {
        var ids = Ids.Distinct().ToList();
        var rows = await db.Postings.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new Selected(p.Id, p.Title, p.Language, p.Slug, p.Status, p.TrashedAt != null, p.Version))
            .ToListAsync(ct);
        return rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
    }

    public sealed record Selected(Guid Id, string Title, string Language, string Slug, PostingStatus Status, bool IsTrashed, int Version)
    {
        public string Name => PostingName.Of(Title, Slug);
    }

    /// <summary>What happened to one posting; <paramref name="CopyId"/> is the new draft a duplicate made.</summary>
    public sealed record Outcome(Selected Posting, WorkflowResult Result, Guid? CopyId);
}
