using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Instances;

/// <summary>
/// The data-protection keys in the database's data_protection_keys table, read and written with plain SQL. The framework
/// reads the keys while the site starts, before it listens: through EF Core that read built the whole model first
/// (nearly half of the time from process start to the first 200), here it is one query.
/// </summary>
public sealed class DatabaseKeyRepository(SchemaMigrator migrator, string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = migrator.Connect(connectionString);
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = """SELECT "Xml" FROM data_protection_keys ORDER BY "Id" """;
        using var rows = read.ExecuteReader();
        var keys = new List<XElement>();
        while (rows.Read())
            if (!rows.IsDBNull(0) && rows.GetString(0) is { Length: > 0 } xml)
                keys.Add(XElement.Parse(xml));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = migrator.Connect(connectionString);
        connection.Open();
        using var write = connection.CreateCommand();
        write.CommandText = """INSERT INTO data_protection_keys ("FriendlyName", "Xml") VALUES (@name, @xml)""";
        write.AddParameter("@name", friendlyName);
        write.AddParameter("@xml", element.ToString(SaveOptions.DisableFormatting));
        write.ExecuteNonQuery();
    }
}
