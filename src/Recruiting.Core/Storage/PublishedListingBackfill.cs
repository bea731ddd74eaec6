using System.Data.Common;
using Recruiting.Core.Content;

namespace Recruiting.Core.Storage;

/// <summary>
/// The code step of migration V0015: fills the <see cref="PublishedListing"/> columns of every posting published before
/// them, computed by the same rule as a save, inside the migration's transaction (a failure rolls the columns back too).
/// </summary>
internal static class PublishedListingBackfill
{
    public const string Migration = "V0015_public_search";

    public static Task RunAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        BackfillRows.RunAsync(connection, tx,
            """SELECT "Id", "PublishedJson" FROM postings WHERE "PublishedJson" IS NOT NULL""",
            """
            UPDATE postings SET "PublishedSearchText" = @search, "PublishedLocations" = @locations, "PublishedRemote" = @remote,
                "PublishedRemoteCountry" = @country, "PublishedEmploymentType" = @type, "PublishedDepartment" = @department
            WHERE "Id" = @id
            """,
            ["@search", "@locations", "@remote", "@country", "@type", "@department"],
            json =>
            {
                var listing = PublishedListing.Of(JsonColumn.Deserialize<PostingContent>(json))!;
                return [listing.SearchText, listing.Locations, listing.Remote, listing.RemoteCountry, listing.EmploymentType, listing.Department];
            }, ct);
}
