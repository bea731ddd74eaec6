using System.Data.Common;

namespace Recruiting.Core.Storage;

/// <summary>Parameters for plain SQL, the same on every provider: SQLite and PostgreSQL both take <c>@name</c>.</summary>
public static class DbCommandParameters
{
    /// <summary>Adds a parameter (a null value is sent as SQL NULL) and returns it, so that a command run many times can set its value again.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
