using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Score.Tests.Infrastructure;

/// <summary>
/// A TCP relay between one app and the test PostgreSQL that a test can shut: closed, it drops every
/// connection and refuses new ones, as the app meets a database that restarts or a network that
/// fails; open again, it relays as before. The other tests' databases on the same server go on.
/// </summary>
public sealed class DatabaseGate : IDisposable
{
    private readonly string upstreamHost;
    private readonly int upstreamPort;
    private readonly Lock gate = new();
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;

    public DatabaseGate()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        upstreamHost = server.Host ?? "127.0.0.1";
        upstreamPort = server.Port;
        Port = FreePort.Next();
        Open();
    }

    public int Port { get; }

    /// <summary>The test server's connection string for a database, through this gate.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(database)) { Host = "127.0.0.1", Port = Port, Timeout = 5 }.ConnectionString;

    public void Open()
    {
        lock (gate)
        {
            if (listener is not null)
            {
                return;
            }
            var opened = new TcpListener(IPAddress.Loopback, Port);
            opened.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            opened.Start();
            listener = opened;
            _ = AcceptAsync(opened);
        }
    }

    /// <summary>Refuses new connections and cuts the open ones.</summary>
    public void Close()
    {
        lock (gate)
        {
            listener?.Stop();
            listener = null;
            DropConnectionsLocked();
        }
    }

    /// <summary>Cuts the open connections but accepts new ones: what pooled connections meet after a restart.</summary>
    public void DropConnections()
    {
        lock (gate)
        {
            DropConnectionsLocked();
        }
    }

    private void DropConnectionsLocked()
    {
        foreach (var connection in connections)
        {
            try
            {
                // A reset, not a polite close: what the app meets when the server goes away.
                connection.Client?.LingerState = new LingerOption(true, 0);
            }
            catch (ObjectDisposedException)
            {
                // Already closed by its other side.
            }
            connection.Dispose();
        }
        connections.Clear();
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await from.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(upstreamHost, upstreamPort);
            }
            catch (SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }
            lock (gate)
            {
                if (!ReferenceEquals(listener, from))
                {
                    client.Dispose();
                    upstream.Dispose();
                    return;
                }
                connections.Add(client);
                connections.Add(upstream);
            }
            _ = RelayAsync(client, upstream);
            _ = RelayAsync(upstream, client);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The other side or the test cut the connection.
        }
        from.Dispose();
        to.Dispose();
    }

    public void Dispose() => Close();
}
