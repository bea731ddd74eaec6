using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

[Authorize(Policy = Roles.CanAuthor)]
public sealed class IndexModel(PostingListReader postings, UserClock clock, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PostingListCriteria Criteria { get; set; } = new();

    public PostingListPage Result { get; private set; } = new([], 0, 1, PostingListCriteria.DefaultPageSize);
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Zone = await clock.ZoneAsync(ct);
        Now = time.GetUtcNow();
        Result = await postings.ReadAsync(Criteria, ct);
    }

    /// <summary>The page numbers to link to: the first, the last, and two either side of the current one; 0 marks a gap.</summary>
    public IEnumerable<int> PageLinks()
    {
        var (current, last) = (Result.Page, Result.PageCount);
        var previous = 0;
        foreach (var n in Enumerable.Range(1, last).Where(n => n == 1 || n == last || Math.Abs(n - current) <= 2))
        {
            if (n - previous > 1) yield return 0;
            yield return previous = n;
        }
    }

    /// <summary>The query string of this list with some values changed: for sort headers and page links.</summary>
    public Dictionary<string, string?> With(PostingSort? sort = null, bool? descending = null, int? page = null) => new()
    {
        ["Criteria.Search"] = Criteria.Search,
        ["Criteria.Language"] = Criteria.Language,
        ["Criteria.Status"] = Criteria.Status.ToString(),
        ["Criteria.Translation"] = Criteria.Translation.ToString(),
        ["Criteria.Closing"] = Criteria.Closing.ToString(),
        ["Criteria.Sort"] = (sort ?? Criteria.Sort).ToString(),
        ["Criteria.Descending"] = (descending ?? Criteria.Descending).ToString(),
        ["Criteria.Page"] = (page ?? Result.Page).ToString(),
        ["Criteria.PageSize"] = Criteria.SafePageSize.ToString(),
    };
}
