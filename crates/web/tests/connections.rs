//! Connections that send nothing, or too slowly, are closed after the header timeout,
//! and a thousand of them do not keep anyone else waiting. Over real TCP.

mod common;

use apdc_web::server::Timeouts;
use common::TestApp;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn get(address: std::net::SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

/// Whether the server closed `stream` (end of stream or reset) within `within`.
async fn closed(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 256];
    loop {
        match tokio::time::timeout(within, stream.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            // A 408 answer may come first; the close follows it.
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_idle_connections_are_closed_and_starve_no_one() {
    let app = TestApp::new().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let timeouts = Timeouts { header_read: Duration::from_secs(2), ..Timeouts::default() };
    let state = app.state.clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(apdc_web::serve_with(listener, state, timeouts, async {
        let _ = stopped.await;
    }));

    // A thousand connections that start a request and never finish its head.
    let mut slow = Vec::new();
    for _ in 0..1_000 {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(b"GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").await.unwrap();
        slow.push(stream);
    }
    // Others are served at once meanwhile.
    let started = Instant::now();
    for _ in 0..20 {
        assert!(get(address, "/healthz").await.starts_with("HTTP/1.1 200"));
    }
    assert!(started.elapsed() < Duration::from_secs(2), "served in {:?}", started.elapsed());

    // A kept-alive connection that goes idle after one request.
    let mut idle = TcpStream::connect(address).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n").await.unwrap();
    let mut first = [0u8; 12];
    idle.read_exact(&mut first).await.unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");

    // After the header timeout, all of them are closed by the server.
    for stream in slow.iter_mut().take(50) {
        assert!(closed(stream, Duration::from_secs(10)).await, "a slow connection stayed open");
    }
    assert!(closed(&mut idle, Duration::from_secs(10)).await, "an idle connection stayed open");
    assert!(get(address, "/healthz").await.starts_with("HTTP/1.1 200"));
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
