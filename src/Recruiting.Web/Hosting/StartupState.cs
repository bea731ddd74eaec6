using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

/// <summary>
/// What start-up may have to do, read in one query on a plain connection, before the start-up lock: the migrations
/// applied, the roles present and those somebody holds, whether a data-protection key and a posting exist.
/// No EF Core (its model takes a while to build) and no lock, so a start with nothing to do costs one query. A database
/// that cannot answer (new, or older than a table the query names) reads as having everything to do.
/// </summary>
public sealed record StartupState(IReadOnlySet<string> Migrations, IReadOnlySet<string> RoleNames, IReadOnlySet<string> RolesWithMembers, bool HasKey, bool HasPostings)
{
    private static readonly StartupState Nothing = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), false, false);

    // Every table named here exists from V0011 on; an older database fails the query and takes the full path.
    private const string Query = """
        SELECT 'migration', id FROM schema_migrations
        UNION ALL SELECT 'role', "NormalizedName" FROM "AspNetRoles" WHERE "NormalizedName" IS NOT NULL
        UNION ALL SELECT 'member', "NormalizedName" FROM "AspNetRoles" r
            WHERE "NormalizedName" IS NOT NULL AND EXISTS (SELECT 1 FROM "AspNetUserRoles" ur WHERE ur."RoleId" = r."Id")
        UNION ALL SELECT 'key', NULL FROM (SELECT 1 AS one FROM data_protection_keys LIMIT 1) k
        UNION ALL SELECT 'posting', NULL FROM (SELECT 1 AS one FROM postings LIMIT 1) p
        """;

    /// <summary>The state, or everything to do when the database cannot answer (it is new, or older than the query).</summary>
    public static async Task<StartupState> TryReadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        try
        {
            return await ReadAsync(services, ct);
        }
        catch (DbException)
        {
            return Nothing;
        }
    }

    /// <summary>The state of a migrated database; its failure is the database's.</summary>
    public static async Task<StartupState> ReadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var connectionString = DatabaseOptions.ConnectionString(services.GetRequiredService<IConfiguration>());
        await using var connection = services.GetRequiredService<SchemaMigrator>().Connect(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        var migrations = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kind = reader.GetString(0);
            if (kind == "migration") migrations.Add(reader.GetString(1));
            else if (kind == "role") roles.Add(reader.GetString(1));
            else if (kind == "member") members.Add(reader.GetString(1));
            else found.Add(kind);
        }
        return new StartupState(migrations, roles, members, found.Contains("key"), found.Contains("posting"));
    }

    /// <summary>True when every migration has run, every role exists, a key exists, and there is no initial import to do.</summary>
    public bool IsReady(SchemaMigrator migrator, ILookupNormalizer normalizer, bool importsWhenEmpty) =>
        IsMigrated(migrator) && HasEveryRole(normalizer) && HasKey && (HasPostings || !importsWhenEmpty);

    public bool IsMigrated(SchemaMigrator migrator) => migrator.Pending(Migrations).Count == 0;

    public bool HasEveryRole(ILookupNormalizer normalizer) => Roles.All.All(role => RoleNames.Contains(normalizer.NormalizeName(role)));

    public bool HasAdministrator(ILookupNormalizer normalizer) => RolesWithMembers.Contains(normalizer.NormalizeName(Roles.Administrator));
}
