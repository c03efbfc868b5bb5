namespace Spice.Protocol.Agent;

/// <summary>
/// Joins agent_data payloads back into agent messages. Pieces may split a message (or its header)
/// at any byte and may carry the end of one message and the start of the next. A header announcing
/// more than the size limit, or another protocol, is reported as rejected and its data skipped without
/// being buffered, so the stream stays in step.
/// </summary>
public sealed class AgentReassembler
{
    private readonly int _maxMessageSize;
    private readonly byte[] _header = new byte[AgentMessageHeader.Length];
    private int _headerFill;
    private AgentMessageHeader _current;
    private byte[]? _data;
    private int _dataFill;
    private long _skipRemaining;

    public AgentReassembler(int maxMessageSize = AgentLimits.MaxMessageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessageSize);
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>True between messages: no partial header or data is held.</summary>
    public bool IsIdle => _headerFill == 0 && _data is null && _skipRemaining == 0;

    /// <summary>Bytes currently buffered for an incomplete message.</summary>
    public int Buffered => _headerFill + _dataFill;

    public void Feed(ReadOnlySpan<byte> piece, ICollection<AgentFrame> completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        while (!piece.IsEmpty)
        {
            if (_skipRemaining > 0)
            {
                var skip = (int)Math.Min(_skipRemaining, piece.Length);
                _skipRemaining -= skip;
                piece = piece[skip..];
                continue;
            }

            if (_data is null)
            {
                var take = Math.Min(AgentMessageHeader.Length - _headerFill, piece.Length);
                piece[..take].CopyTo(_header.AsSpan(_headerFill));
                _headerFill += take;
                piece = piece[take..];
                if (_headerFill == AgentMessageHeader.Length)
                {
                    StartMessage(completed);
                }

                continue;
            }

            var n = Math.Min(_data.Length - _dataFill, piece.Length);
            piece[..n].CopyTo(_data.AsSpan(_dataFill));
            _dataFill += n;
            piece = piece[n..];
            if (_dataFill == _data.Length)
            {
                Complete(completed);
            }
        }
    }

    /// <summary>Drops a partial message, e.g. when the agent disconnects.</summary>
    public void Reset()
    {
        _headerFill = 0;
        _data = null;
        _dataFill = 0;
        _skipRemaining = 0;
    }

    private void StartMessage(ICollection<AgentFrame> completed)
    {
        _current = AgentMessageHeader.Read(_header);
        _headerFill = 0;
        string? rejection = null;
        if (_current.Protocol != AgentLimits.Protocol)
        {
            rejection = $"agent protocol {_current.Protocol}, expected {AgentLimits.Protocol}";
        }
        else if (_current.Size > (uint)_maxMessageSize)
        {
            rejection = $"agent {_current.Type} message of {_current.Size} bytes exceeds the {_maxMessageSize}-byte limit";
        }

        if (rejection is not null)
        {
            _skipRemaining = _current.Size;
            completed.Add(new AgentFrame(_current, ReadOnlyMemory<byte>.Empty, rejection));
            return;
        }

        _data = _current.Size == 0 ? [] : new byte[_current.Size];
        _dataFill = 0;
        if (_data.Length == 0)
        {
            Complete(completed);
        }
    }

    private void Complete(ICollection<AgentFrame> completed)
    {
        completed.Add(new AgentFrame(_current, _data!));
        _data = null;
        _dataFill = 0;
    }
}
