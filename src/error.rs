//! The one error type. Errors depend on the options, never on the text.

use std::fmt;

/// Why a call was refused. Every error comes from an option (its value is
/// named in the message); any text, however odd, gives a result instead.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An option has a value outside its range; `expected` says what is allowed.
    InvalidOption {
        /// The option's name as the caller wrote it (camelCase in JS).
        option: String,
        /// What the option accepts.
        expected: String,
        /// The value that was given, as text.
        got: String,
    },
    /// Two options that both set the summary length were given.
    ConflictingLength {
        /// The first length option given.
        first: String,
        /// The second length option given.
        second: String,
    },
    /// An option name that does not exist.
    UnknownOption {
        /// The name that was given.
        option: String,
    },
    /// The text is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    InputTooLarge {
        /// The size of the text in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn invalid(option: &str, expected: &str, got: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                option: option.to_string(),
                expected: expected.to_string(),
                got: got.to_string(),
            },
        }
    }

    pub(crate) fn conflicting_length(first: &str, second: &str) -> Error {
        Error {
            kind: ErrorKind::ConflictingLength {
                first: first.to_string(),
                second: second.to_string(),
            },
        }
    }

    /// An error for an option name that does not exist (used by the JS door and the CLI).
    pub fn unknown_option(option: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownOption {
                option: option.to_string(),
            },
        }
    }

    /// An error for an option whose value has the wrong type or is out of range
    /// (used by the JS door and the CLI, which see raw values).
    pub fn invalid_option(option: &str, expected: &str, got: impl fmt::Display) -> Error {
        Error::invalid(option, expected, got)
    }

    /// An error for a text of `bytes` bytes, over the `limit` (used by the JS door,
    /// which checks before segmenting).
    pub fn input_too_large(bytes: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::InputTooLarge { bytes, limit },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidOption { option, expected, got } => {
                write!(f, "invalid option \"{option}\": expected {expected}, got {got}")
            }
            ErrorKind::ConflictingLength { first, second } => write!(
                f,
                "conflicting options \"{first}\" and \"{second}\": give only one of sentences, ratio or words"
            ),
            ErrorKind::UnknownOption { option } => write!(
                f,
                "unknown option \"{option}\": expected one of {}",
                crate::options::OPTION_NAMES.join(", ")
            ),
            ErrorKind::InputTooLarge { bytes, limit } => write!(
                f,
                "text too large: {bytes} bytes, the limit is {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for Error {}
