using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Score.Web.Data;

/// <summary>
/// Gives EF a new command for every statement instead of the one an NpgsqlConnection keeps for reuse.
/// </summary>
/// <remarks>
/// Npgsql 10.0.3 does not clear a command's "being prepared" mark when it takes the command back for reuse. A
/// statement cut while it was being prepared (the database restarting, a network fault) leaves the mark on the
/// connection's kept command, and the next unprepared statement made from it fails with a NullReferenceException
/// inside Npgsql, or with the protocol out of step. A command made afresh carries nothing over; it costs one small
/// object a statement. (EF's savepoint commands still come from the connection: contexts are therefore not pooled,
/// so the connection object and its kept command end with the request.)
/// </remarks>
public sealed class FreshCommands : DbCommandInterceptor
{
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        eventData.Connection is NpgsqlConnection connection
            ? InterceptionResult<DbCommand>.SuppressWithResult(new NpgsqlCommand { Connection = connection })
            : result;
}
