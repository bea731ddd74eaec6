using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>A word diff of title, description and body between any two revisions of a posting.</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class DiffModel(RecruitingDb db) : PageModel
{
    public sealed record FieldDiff(string Field, IReadOnlyList<DiffSpan> Spans)
    {
        public bool Changed => Spans.Any(s => s.Kind != DiffKind.Same);
    }

    public Guid PostingId { get; private set; }
    public string Title { get; private set; } = "";
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<FieldDiff> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int from, int to, CancellationToken ct)
    {
        var pair = await db.Revisions.AsNoTracking().Where(r => r.PostingId == id && (r.Number == from || r.Number == to))
            .Select(r => new { r.Number, r.Content }).ToListAsync(ct);
        var before = pair.FirstOrDefault(r => r.Number == from)?.Content;
        var after = pair.FirstOrDefault(r => r.Number == to)?.Content;
        if (before is null || after is null) return NotFound();
        (PostingId, Title, From, To) = (id, after.Title, from, to);
        Fields =
        [
            new("Title", WordDiff.Compare(before.Title, after.Title)),
            new("Description", WordDiff.Compare(before.Description, after.Description)),
            new("Body (Markdown)", WordDiff.Compare(before.BodyMarkdown, after.BodyMarkdown)),
        ];
        return Page();
    }
}
