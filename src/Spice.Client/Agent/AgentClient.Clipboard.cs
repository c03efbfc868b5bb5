using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>
/// Clipboard both ways, on demand: a grab announces the types the owner offers, a request asks
/// for one, data answers it, release gives up ownership. With GRAB_SERIAL, one serial counter per
/// selection is shared by both directions; a grab from the agent with an old serial is stale.
/// </summary>
public sealed partial class AgentClient
{
    private const int SelectionCount = 3;
    private readonly uint[] _grabSerial = new uint[SelectionCount];
    private readonly IReadOnlyList<ClipboardType>?[] _agentOffers = new IReadOnlyList<ClipboardType>?[SelectionCount];
    private readonly ClipboardContent?[] _ours = new ClipboardContent?[SelectionCount];
    private readonly TaskCompletionSource<ClipboardContent?>?[] _pendingRequests = new TaskCompletionSource<ClipboardContent?>?[SelectionCount];

    /// <summary>The agent took ownership of a selection and offers these types.</summary>
    public event EventHandler<ClipboardEventArgs>? ClipboardGrabbed;

    /// <summary>Clipboard data from the agent arrived (answering our request).</summary>
    public event EventHandler<ClipboardEventArgs>? ClipboardReceived;

    /// <summary>The agent gave up a selection.</summary>
    public event EventHandler<ClipboardEventArgs>? ClipboardReleased;

    /// <summary>The agent asked for our data (after our grab) and got it.</summary>
    public event EventHandler<ClipboardEventArgs>? ClipboardServed;

    /// <summary>The types the agent offers on a selection, or null when it does not own it.</summary>
    public IReadOnlyList<ClipboardType>? AgentOffers(ClipboardSelection selection = ClipboardSelection.Clipboard) => _agentOffers[Index(selection)];

    public Task SetClipboardAsync(string text, CancellationToken cancellationToken = default) =>
        SetClipboardAsync(ClipboardContent.FromText(text), ClipboardSelection.Clipboard, cancellationToken);

    /// <summary>Takes ownership of a selection in the guest; the agent then asks for the data, which we serve.</summary>
    public async Task SetClipboardAsync(ClipboardContent content, ClipboardSelection selection = ClipboardSelection.Clipboard, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Data.Length > AgentLimits.MaxClipboardSize)
        {
            throw new ArgumentOutOfRangeException(nameof(content), $"clipboard data over {AgentLimits.MaxClipboardSize} bytes");
        }

        await RequireClipboardAsync(selection, cancellationToken).ConfigureAwait(false);
        uint serial;
        lock (_gate)
        {
            _ours[Index(selection)] = content;
            _agentOffers[Index(selection)] = null;
            serial = _grabSerial[Index(selection)]++;
        }

        await SendAgentAsync(new ClipboardGrab(selection, serial, [content.Type]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives up a selection we own.</summary>
    public async Task ReleaseClipboardAsync(ClipboardSelection selection = ClipboardSelection.Clipboard, CancellationToken cancellationToken = default)
    {
        await RequireClipboardAsync(selection, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _ours[Index(selection)] = null;
        }

        await SendAgentAsync(new ClipboardRelease(selection), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Text of the guest's clipboard, or null when the agent owns none or offers no text.</summary>
    public async Task<string?> GetClipboardTextAsync(CancellationToken cancellationToken = default) =>
        (await GetClipboardAsync([ClipboardType.Utf8Text], ClipboardSelection.Clipboard, cancellationToken).ConfigureAwait(false))?.Text;

    /// <summary>
    /// Asks the agent for the first of <paramref name="preferred"/> it offers (any offered type when
    /// empty) and completes with the data; null when the agent owns nothing suitable on the selection.
    /// </summary>
    public async Task<ClipboardContent?> GetClipboardAsync(IReadOnlyList<ClipboardType>? preferred = null, ClipboardSelection selection = ClipboardSelection.Clipboard, CancellationToken cancellationToken = default)
    {
        await RequireClipboardAsync(selection, cancellationToken).ConfigureAwait(false);
        var offers = _agentOffers[Index(selection)];
        if (offers is null || offers.Count == 0)
        {
            return null;
        }

        var type = preferred is { Count: > 0 } ? preferred.FirstOrDefault(offers.Contains) : offers[0];
        if (type == ClipboardType.None)
        {
            return null;
        }

        var pending = new TaskCompletionSource<ClipboardContent?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_pendingRequests[Index(selection)] is { Task.IsCompleted: false })
            {
                throw new InvalidOperationException("a clipboard request on this selection is already pending");
            }

            _pendingRequests[Index(selection)] = pending;
        }

        await SendAgentAsync(new ClipboardRequest(selection, type), cancellationToken).ConfigureAwait(false);
        return await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RequireClipboardAsync(ClipboardSelection selection, CancellationToken cancellationToken)
    {
        Index(selection);
        await WaitForAgentAsync(cancellationToken).ConfigureAwait(false);
        if (!HasAgentCap(AgentCapability.ClipboardByDemand))
        {
            throw new AgentException("the agent does not do clipboard sharing");
        }

        if (selection != ClipboardSelection.Clipboard && !HasAgentCap(AgentCapability.ClipboardSelection))
        {
            throw new AgentException("the agent only shares the CLIPBOARD selection");
        }
    }

    private static int Index(ClipboardSelection selection) =>
        (int)selection < SelectionCount ? (int)selection : throw new ArgumentOutOfRangeException(nameof(selection));

    private void OnClipboardGrab(ClipboardGrab grab)
    {
        if ((int)grab.Selection >= SelectionCount)
        {
            AgentLog.Dropped(_logger, $"clipboard grab for unknown selection {grab.Selection}");
            return;
        }

        var i = (int)grab.Selection;
        lock (_gate)
        {
            if (HasAgentCap(AgentCapability.ClipboardGrabSerial))
            {
                if (grab.Serial != _grabSerial[i])
                {
                    AgentLog.StaleGrab(_logger, grab.Serial, _grabSerial[i]);
                    return;
                }

                _grabSerial[i]++;
            }

            _agentOffers[i] = grab.Types;
            _ours[i] = null;
        }

        ClipboardGrabbed?.Invoke(this, new ClipboardEventArgs(grab.Selection, grab.Types, null));
    }

    private void OnClipboardData(ClipboardData data)
    {
        if ((int)data.Selection >= SelectionCount)
        {
            AgentLog.Dropped(_logger, $"clipboard data for unknown selection {data.Selection}");
            return;
        }

        var content = data.DataType == ClipboardType.None ? null : new ClipboardContent(data.DataType, data.Data);
        TaskCompletionSource<ClipboardContent?>? pending;
        lock (_gate)
        {
            pending = _pendingRequests[(int)data.Selection];
            _pendingRequests[(int)data.Selection] = null;
        }

        pending?.TrySetResult(content);
        ClipboardReceived?.Invoke(this, new ClipboardEventArgs(data.Selection, [data.DataType], content));
    }

    private void OnClipboardRequest(ClipboardRequest request)
    {
        ClipboardContent? ours = (int)request.Selection < SelectionCount ? _ours[(int)request.Selection] : null;
        if (ours is null || ours.Type != request.DataType)
        {
            AgentLog.Dropped(_logger, $"the agent asked for {request.DataType} on {request.Selection}, which we do not offer");
            Post(new ClipboardData(request.Selection, ClipboardType.None, ReadOnlyMemory<byte>.Empty));
            return;
        }

        Post(new ClipboardData(request.Selection, ours.Type, ours.Data));
        ClipboardServed?.Invoke(this, new ClipboardEventArgs(request.Selection, [ours.Type], ours));
    }

    private void OnClipboardRelease(ClipboardRelease release)
    {
        if ((int)release.Selection >= SelectionCount)
        {
            return;
        }

        TaskCompletionSource<ClipboardContent?>? pending;
        lock (_gate)
        {
            _agentOffers[(int)release.Selection] = null;
            pending = _pendingRequests[(int)release.Selection];
            _pendingRequests[(int)release.Selection] = null;
        }

        pending?.TrySetResult(null);
        ClipboardReleased?.Invoke(this, new ClipboardEventArgs(release.Selection, [], null));
    }

    private void FailClipboardRequests()
    {
        lock (_gate)
        {
            for (var i = 0; i < SelectionCount; i++)
            {
                _pendingRequests[i]?.TrySetResult(null);
                _pendingRequests[i] = null;
                _agentOffers[i] = null;
                _ours[i] = null;
                _grabSerial[i] = 0;
            }
        }
    }
}
