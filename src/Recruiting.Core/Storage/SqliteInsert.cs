using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Recruiting.Core.Storage;

/// <summary>
/// One prepared SQLite INSERT, bound by position through SQLitePCL. Microsoft.Data.Sqlite looks each parameter up
/// by name, converting the name to UTF-8, on every execution, which cost the importer's writer about as much as
/// binding the values. Values are stored as Microsoft.Data.Sqlite and EF store them (text GUIDs in upper case,
/// dates as "yyyy-MM-dd HH:mm:ss.FFFFFFF", enums and booleans as integers); RowInserterTests compares a row
/// written here with one written by SaveChanges. It runs in whatever transaction the connection has open.
/// </summary>
internal sealed class SqliteInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[16 * 1024];

    public SqliteInsert(SqliteConnection connection, string sql)
    {
        _connection = connection;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement), connection.Handle);
    }

    /// <param name="values">The provider values of the columns, in the statement's order (after EF's value conversions).</param>
    public void Execute(IReadOnlyList<object?> values)
    {
        raw.sqlite3_reset(_statement);
        for (var i = 0; i < values.Count; i++)
            SqliteException.ThrowExceptionForRC(Bind(i + 1, values[i]), _connection.Handle);
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    private int Bind(int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, index),
        string text => BindText(index, text),
        Guid guid => BindText(index, guid.ToString().ToUpperInvariant()),
        DateTime time => BindText(index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        Enum or int or long or short or byte => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(_statement, index, number),
        _ => throw new NotSupportedException($"SqliteInsert does not bind {value.GetType().Name} values; add it, as Microsoft.Data.Sqlite stores it."),
    };

    private int BindText(int index, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length) _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        var written = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, written));
    }

    public void Dispose() => _statement.Dispose();
}
