using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Dates as the signed-in user reads and types them: in their own time zone (AppUser.TimeZone, an IANA id),
/// while everything is stored in UTC.
/// </summary>
public sealed class UserClock(RecruitingDb db, IHttpContextAccessor http)
{
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct = default)
    {
        if (_zone is not null) return _zone;
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.TimeZone).SingleOrDefaultAsync(ct);
        _zone = Find(name);
        return _zone;
    }

    public static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public static DateTime ToLocal(DateTimeOffset utc, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(utc, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>A wall-clock time in the zone; a time skipped by a daylight-saving change moves forward out of the gap.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(wall)) wall = wall.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wall, zone), TimeSpan.Zero);
    }
}
