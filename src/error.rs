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
    /// An option name that the called function does not take.
    UnknownOption {
        /// The name that was given.
        option: String,
        /// The names the called function takes.
        known: Vec<String>,
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

    /// An option whose value has the wrong type or is out of range.
    pub(crate) fn invalid(option: &str, expected: &str, got: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                option: option.to_string(),
                expected: expected.to_string(),
                got: got.to_string(),
            },
        }
    }

    /// Two options that both set the summary length.
    pub(crate) fn conflicting_length(first: &str, second: &str) -> Error {
        Error {
            kind: ErrorKind::ConflictingLength {
                first: first.to_string(),
                second: second.to_string(),
            },
        }
    }

    /// An option name that the called function does not take; `known` lists
    /// those it does take (the JS door reads options objects key by key).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn unknown_option(option: &str, known: &[&str]) -> Error {
        Error {
            kind: ErrorKind::UnknownOption {
                option: option.to_string(),
                known: known.iter().map(|name| name.to_string()).collect(),
            },
        }
    }

    /// A text of `bytes` bytes, over the `limit`.
    pub(crate) fn input_too_large(bytes: usize, limit: usize) -> Error {
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
            ErrorKind::UnknownOption { option, known } => write!(
                f,
                "unknown option \"{option}\": expected one of {}",
                known.join(", ")
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
