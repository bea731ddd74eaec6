using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

[Authorize(Policy = Roles.CanAuthor)]
public sealed class IndexModel(PostingListReader postings, UserClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PostingListCriteria Criteria { get; set; } = new();

    public PostingListPage Result { get; private set; } = new([], 0, 1, PostingListCriteria.DefaultPageSize);
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Zone = await clock.ZoneAsync(ct);
        Result = await postings.ReadAsync(Criteria, ct);
    }

    /// <summary>The query string of this list with some values changed: for sort headers and page links.</summary>
    public Dictionary<string, string?> With(PostingSort? sort = null, bool? descending = null, int? page = null) => new()
    {
        ["Criteria.Search"] = Criteria.Search,
        ["Criteria.Language"] = Criteria.Language,
        ["Criteria.Status"] = Criteria.Status.ToString(),
        ["Criteria.Translation"] = Criteria.Translation.ToString(),
        ["Criteria.Sort"] = (sort ?? Criteria.Sort).ToString(),
        ["Criteria.Descending"] = (descending ?? Criteria.Descending).ToString(),
        ["Criteria.Page"] = (page ?? Result.Page).ToString(),
        ["Criteria.PageSize"] = Criteria.SafePageSize.ToString(),
    };
}
