using Npgsql;
using Xunit;

namespace Recruiting.Testing;

/// <summary>
/// Where the PostgreSQL server for tests is (RECRUITING_TEST_POSTGRES, else the one .ci/run starts).
/// Outside CI a missing server skips the PostgreSQL tests; in CI (CI=true) they run, and fail if it is down.
/// </summary>
public static class PostgresAvailability
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("RECRUITING_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres;Timeout=5";

    public static readonly Lazy<bool> Reachable = new(() =>
    {
        try
        {
            using var c = new NpgsqlConnection(ConnectionString);
            c.Open();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    });

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A fact that needs PostgreSQL; see <see cref="PostgresAvailability"/>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresAvailability.InCi && !PostgresAvailability.Reachable.Value)
            Skip = "No PostgreSQL at " + PostgresAvailability.ConnectionString + " (start one as .ci/run does).";
    }
}

/// <summary>A theory over database providers whose PostgreSQL cases need the server; see <see cref="PostgresAvailability"/>.</summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod)
    {
        yield return [Recruiting.Core.Storage.DatabaseOptions.Sqlite];
        if (PostgresAvailability.InCi || PostgresAvailability.Reachable.Value)
            yield return [Recruiting.Core.Storage.DatabaseOptions.Postgres];
    }
}
