namespace Recruiting.Web.Public;

/// <summary>
/// The page numbers a pager shows: the first, the last, and two on each side of the current one; null marks a gap
/// ("1 … 4 5 6 7 8 … 40"), so a list of any length stays one short line.
/// </summary>
public static class PageNumbers
{
    private const int AroundCurrent = 2;

    public static IReadOnlyList<int?> Of(int current, int pages)
    {
        var shown = new List<int?>();
        for (var n = 1; n <= pages; n++)
        {
            if (n == 1 || n == pages || Math.Abs(n - current) <= AroundCurrent) shown.Add(n);
            else if (shown[^1] is not null) shown.Add(null);
        }
        return shown;
    }
}
