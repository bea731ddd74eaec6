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

    public static async Task RunAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        // Only the derived values are kept, not the JSON, and the reader is closed before writing (Npgsql allows one
        // open command per connection).
        var rows = new List<(object Id, PublishedListing Listing)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = """SELECT "Id", "PublishedJson" FROM postings WHERE "PublishedJson" IS NOT NULL""";
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetValue(0), PublishedListing.Of(JsonColumn.Deserialize<PostingContent>(reader.GetString(1)))!));
        }
        if (rows.Count == 0) return;

        await using var write = connection.CreateCommand();
        write.Transaction = tx;
        write.CommandText = """
            UPDATE postings SET "PublishedSearchText" = @search, "PublishedLocations" = @locations, "PublishedRemote" = @remote,
                "PublishedRemoteCountry" = @country, "PublishedEmploymentType" = @type, "PublishedDepartment" = @department
            WHERE "Id" = @id
            """;
        var parameters = new[] { "@search", "@locations", "@remote", "@country", "@type", "@department", "@id" }.Select(name =>
        {
            var p = write.CreateParameter();
            p.ParameterName = name;
            write.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var (id, listing) in rows)
        {
            object?[] values = [listing.SearchText, listing.Locations, listing.Remote, listing.RemoteCountry, listing.EmploymentType, listing.Department, id];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await write.ExecuteNonQueryAsync(ct);
        }
    }
}
